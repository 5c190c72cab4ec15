package cn.zhengwu.signature;

import java.util.List;

/**
 * 验签 — what the verification of a PDF found, as the page shows it and the API answers it.
 *
 * @param outcome the verdict on the document as a whole
 * @param signed whether it carries any signature
 * @param intact whether it is exactly the document that was signed: every signature checks out and covers the
 *     whole file
 * @param trusted whether it is intact and every signer is trusted
 * @param signatures each signature, in the order of the file
 */
public record SignatureVerification(Outcome outcome, boolean signed, boolean intact, boolean trusted,
        List<VerifiedSignature> signatures) {

    public SignatureVerification {
        signatures = List.copyOf(signatures);
    }

    /** The verdict from the signatures found. */
    public static SignatureVerification of(List<VerifiedSignature> signatures) {
        Outcome outcome = Outcome.of(signatures);
        boolean intact = outcome == Outcome.INTACT;
        return new SignatureVerification(outcome, !signatures.isEmpty(), intact,
            intact && signatures.stream().allMatch(VerifiedSignature::trusted), signatures);
    }

    /** The verdict on a document. */
    public enum Outcome {
        /** No signature at all. */
        UNSIGNED,
        /** Every signature checks out and covers the whole file. */
        INTACT,
        /** The signatures check out, but something was added to the file after signing (an incremental update). */
        CHANGED_AFTER_SIGNING,
        /** A signature does not match the bytes it covers: the document was altered, or the signature is broken. */
        ALTERED;

        static Outcome of(List<VerifiedSignature> signatures) {
            if (signatures.isEmpty()) {
                return UNSIGNED;
            }
            if (!signatures.stream().allMatch(VerifiedSignature::intact)) {
                return ALTERED;
            }
            return signatures.stream().allMatch(VerifiedSignature::coversWholeDocument) ? INTACT
                : CHANGED_AFTER_SIGNING;
        }
    }
}
