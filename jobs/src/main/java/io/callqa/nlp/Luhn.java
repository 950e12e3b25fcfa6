package io.callqa.nlp;

/** The Luhn check digit that every payment card number carries. */
final class Luhn {
    private Luhn() {}

    static boolean isValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int index = digits.length() - 1; index >= 0; index--) {
            int digit = digits.charAt(index) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }
}
