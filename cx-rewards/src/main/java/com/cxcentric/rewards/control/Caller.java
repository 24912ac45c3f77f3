package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;

/**
 * Who asks, as the rewards controls need it: the person (null for an account linked to no
 * employee), the account's name, and whether they are in HR (or an administrator).
 */
public record Caller(Employee employee, String username, boolean hr) {}
