package io.callqa.report;

/**
 * Builds HTML in which every piece of text is escaped: call data (agent names, evidence, rule ids) reaches the page
 * only through {@link #text} and {@link #attribute}, so a transcript that contains markup stays text. Markup that the
 * report itself writes goes through {@link #markup}.
 */
final class Html {
    private final StringBuilder html = new StringBuilder();

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }

    /** Opens {@code tag} with attributes given as name, value pairs; values are escaped. */
    Html open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (int index = 0; index + 1 < attributes.length; index += 2) {
            attribute(attributes[index], attributes[index + 1]);
        }
        html.append('>');
        return this;
    }

    Html close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        html.append(escape(text));
        return this;
    }

    Html markup(String trustedMarkup) {
        html.append(trustedMarkup);
        return this;
    }

    private void attribute(String name, String value) {
        if (value != null) {
            html.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
