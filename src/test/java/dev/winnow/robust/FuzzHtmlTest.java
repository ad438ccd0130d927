package dev.winnow.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the HTML entry point ({@code Input.html}, with and without a URL); see {@link FuzzTargets}. */
class FuzzHtmlTest {
    @FuzzTest(maxDuration = "30s")
    void html(FuzzedDataProvider data) {
        FuzzTargets.html(data);
    }
}
