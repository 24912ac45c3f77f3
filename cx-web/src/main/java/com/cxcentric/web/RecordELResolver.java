package com.cxcentric.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the components of Java records in EL ({@code #{view.me.name}}), which Expression Language
 * 5 (Jakarta EE 10) does not do by itself. Read-only, like records.
 */
public class RecordELResolver extends ELResolver {

    private final Map<Class<?>, Map<String, RecordComponent>> components = new ConcurrentHashMap<>();

    private Optional<RecordComponent> component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        var byName = components.computeIfAbsent(base.getClass(), type -> {
            var map = new ConcurrentHashMap<String, RecordComponent>();
            Arrays.stream(type.getRecordComponents()).forEach(c -> map.put(c.getName(), c));
            return map;
        });
        return Optional.ofNullable(byName.get(property.toString()));
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        var component = component(base, property);
        if (component.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            var accessor = component.get().getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(
                    "Cannot read " + property + " of " + base.getClass().getName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        var component = component(base, property);
        if (component.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }
}
