package dev.winnow.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the bytes entry point ({@code Input.bytes}); see {@link FuzzTargets}. */
class FuzzBytesTest {
    @FuzzTest(maxDuration = "30s")
    void bytes(byte[] data) {
        FuzzTargets.bytes(data);
    }
}
