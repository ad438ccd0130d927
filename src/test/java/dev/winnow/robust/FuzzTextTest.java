package dev.winnow.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the flattened-text entry point ({@code Input.text}); see {@link FuzzTargets}. */
class FuzzTextTest {
    @FuzzTest(maxDuration = "30s")
    void text(FuzzedDataProvider data) {
        FuzzTargets.text(data);
    }
}
