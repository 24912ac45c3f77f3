package com.cxcentric.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Person(String name, int age) {}

    private final RecordELResolver resolver = new RecordELResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsARecordComponent() {
        var context = context();

        assertEquals("Dewi", resolver.getValue(context, new Person("Dewi", 31), "name"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void leavesOtherObjectsAndUnknownComponentsToOtherResolvers() {
        var context = context();

        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, new Person("Dewi", 31), "salary"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void refusesToWrite() {
        assertThrows(
                PropertyNotWritableException.class,
                () -> resolver.setValue(context(), new Person("Dewi", 31), "age", 32));
        assertTrue(resolver.isReadOnly(context(), new Person("Dewi", 31), "age"));
    }
}
