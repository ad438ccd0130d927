package dev.winnow.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes HTML under a host whose site config uses every kind of site rule; see {@link FuzzTargets}. */
class FuzzSiteRulesTest {
    @FuzzTest(maxDuration = "30s")
    void siteRules(FuzzedDataProvider data) {
        FuzzTargets.siteRules(data);
    }
}
