package io.callqa.manifest;

import io.callqa.rejects.Reject;
import java.util.List;

/** A manifest after validation: the calls to process and the rows rejected, together one entry per row. */
public record CallManifest(List<CallRequest> calls, List<Reject> rejects) {
    public CallManifest {
        calls = List.copyOf(calls);
        rejects = List.copyOf(rejects);
    }

    public int rowCount() {
        return calls.size() + rejects.size();
    }
}
