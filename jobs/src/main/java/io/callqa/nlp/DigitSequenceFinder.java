package io.callqa.nlp;

import java.util.ArrayList;
import java.util.List;

/** Card, social security and phone numbers: the runs of digits that {@link DigitRunClassifier} recognizes. */
final class DigitSequenceFinder implements PiiFinder {
    @Override
    public List<PiiSpan> find(String text, List<WordToken> tokens) {
        List<PiiSpan> spans = new ArrayList<>();
        for (DigitRun run : DigitRunScanner.find(tokens)) {
            PiiType type = DigitRunClassifier.classify(run, tokens, text);
            if (type != null) {
                int start = tokens.get(run.firstToken()).start();
                // The tokenizer leaves out the parenthesis of "(555) 123-4567"; the placeholder replaces it too.
                if (start > 0 && text.charAt(start - 1) == '(') {
                    start--;
                }
                spans.add(new PiiSpan(type, start, tokens.get(run.lastToken()).end()));
            }
        }
        return spans;
    }
}
