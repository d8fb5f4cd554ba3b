package org.jixiao.security.lockout;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many failed sign-ins are tolerated (issue 11 §3): per account 5 within 15 minutes lock it for 15 minutes;
 * per client address a larger number (one office behind one NAT address shares it) locks the address.
 */
@Component
public class SignInPolicy {
    private final int accountMaxFailures;
    // not final: AddressThrottleApiTest lowers it in the suite's shared context (a second context would replace the
    // process-wide security context strategy and break HTTP Basic for the rest of the suite)
    private volatile int addressMaxFailures;
    private final Duration window;
    private final Duration lockDuration;

    SignInPolicy(@Value("${jixiao.sign-in.account-max-failures:5}") int accountMaxFailures,
                 @Value("${jixiao.sign-in.address-max-failures:30}") int addressMaxFailures,
                 @Value("${jixiao.sign-in.window:PT15M}") Duration window,
                 @Value("${jixiao.sign-in.lock-duration:PT15M}") Duration lockDuration) {
        this.accountMaxFailures = accountMaxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    public int maxFailures(LockKind kind) {
        return kind == LockKind.ACCOUNT ? accountMaxFailures : addressMaxFailures;
    }

    public Duration window() {
        return window;
    }

    public Duration lockDuration() {
        return lockDuration;
    }
}
