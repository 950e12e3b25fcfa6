package io.callqa.report;

import io.callqa.review.VerdictCsvReader;

/**
 * The review queue's one script, allowed by its hash in the page's Content-Security-Policy: a play button starts the
 * call's recording at the evidence, and the reviewer's verdicts are exported as a CSV file for
 * {@code ./callqa review import}. It fetches nothing and sends nothing: the file is made in the browser.
 */
final class ReviewQueueScript {
    /** The columns of the exported file, in the order the script writes them. */
    static final String CSV_HEADER = String.join(",", VerdictCsvReader.COLUMNS);

    static final String SCRIPT = """
            'use strict';
            document.addEventListener('click', function (event) {
              var button = event.target.closest('button.play');
              if (!button) { return; }
              var audio = button.closest('details.call').querySelector('audio.recording');
              var seconds = Number(button.dataset.seek);
              // Before the recording is loaded a media fragment (#t=) starts it there; afterwards a seek does.
              if (audio.readyState > 0) { audio.currentTime = seconds; } else { audio.src = audio.dataset.src + '#t=' + seconds; }
              audio.play().catch(function () {});
            });
            document.addEventListener('change', function (event) {
              if (event.target.matches('select.verdict')) { event.target.dataset.reviewedAt = new Date().toISOString(); }
            });
            function csvField(value) {
              var text = String(value == null ? '' : value);
              return /[",\\r\\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
            }
            function verdictsCsv() {
              var reviewer = document.getElementById('reviewer').value.trim();
              var lines = ['%s'];
              document.querySelectorAll('select.verdict').forEach(function (select) {
                if (!select.value) { return; }
                var note = select.parentElement.querySelector('input.note').value.trim();
                lines.push([select.dataset.call, select.dataset.kind, select.dataset.item, select.dataset.answer,
                  select.value, note, reviewer, select.dataset.reviewedAt || new Date().toISOString()].map(csvField).join(','));
              });
              return lines.join('\\r\\n') + '\\r\\n';
            }
            document.getElementById('export-verdicts').addEventListener('click', function () {
              var link = document.createElement('a');
              link.href = URL.createObjectURL(new Blob([verdictsCsv()], {type: 'text/csv'}));
              link.download = 'review-verdicts-' + new Date().toISOString().slice(0, 10) + '.csv';
              link.click();
            });
            """.formatted(CSV_HEADER);

    private ReviewQueueScript() {}
}
