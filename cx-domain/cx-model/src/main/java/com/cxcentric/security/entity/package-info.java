/**
 * Who may sign in and what they may do: login accounts with roles, the failed-login throttle and
 * hashed API tokens with scopes. Holds no password hashing itself (the container's PBKDF2 does that).
 */
package com.cxcentric.security.entity;
