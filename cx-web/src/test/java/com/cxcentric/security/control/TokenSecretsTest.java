package com.cxcentric.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void secretsAreRandomAndRecognisable() {
        String one = TokenSecrets.newSecret();
        String two = TokenSecrets.newSecret();

        assertNotEquals(one, two);
        assertTrue(TokenSecrets.looksLikeSecret(one));
        assertFalse(TokenSecrets.looksLikeSecret("cxt_short"));
        assertFalse(TokenSecrets.looksLikeSecret(null));
    }

    @Test
    void hashIsTheHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
    }

    @Test
    void displayPrefixRevealsTwelveCharacters() {
        assertEquals(12, TokenSecrets.displayPrefix(TokenSecrets.newSecret()).length());
    }
}
