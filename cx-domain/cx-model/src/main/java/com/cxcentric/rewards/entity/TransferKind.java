package com.cxcentric.rewards.entity;

/** Why points moved; every movement is one transfer of two entries. */
public enum TransferKind {
    /** A month's giving allowance, from the company to a person's giving account. */
    ALLOWANCE,
    /** Unspent allowance at the end of its month, to the company's expired account. */
    EXPIRY,
    /** Peer recognition: from the giver's allowance to the recipient's received points. */
    GIFT,
    /** An award or a grant by hand, from the company to a person's received points. */
    GRANT,
    /** Points spent on a reward. */
    REDEMPTION,
    /** A refused redemption's points back to the person, or a refused approval's points back to the company. */
    REFUND,
    /** A manager adds points to a recognition from their unit's budget. */
    BOOST,
    /** Points set aside for a nomination, an award or a reward asked for until its approvers decide. */
    HOLD,
    /** The reversal of an earlier transfer: the same amount, the other way. */
    CORRECTION
}
