package org.factdesk.support.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * A query parameter the service cannot read is the caller's mistake: 400 with the accepted values, instead of the
 * 404 that JAX-RS prescribes for unconvertible query parameters (and instead of reading "sometimes" as false).
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) new InstantConverter();
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new IntegerConverter();
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new BooleanConverter();
        }
        return null;
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.trim());
            } catch (IllegalArgumentException e) {
                String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                throw new BadRequestException("'%s' is not a valid %s; expected one of %s"
                        .formatted(value, type.getSimpleName(), accepted));
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }

    private static final class InstantConverter implements ParamConverter<Instant> {

        @Override
        public Instant fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("'%s' is not an ISO-8601 instant such as 2025-03-18T12:00:00Z".formatted(value));
            }
        }

        @Override
        public String toString(Instant value) {
            return value == null ? null : value.toString();
        }
    }

    private static final class IntegerConverter implements ParamConverter<Integer> {

        @Override
        public Integer fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("'%s' is not a whole number in the accepted range".formatted(value));
            }
        }

        @Override
        public String toString(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    private static final class BooleanConverter implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new BadRequestException("'%s' is not true or false".formatted(value));
            };
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }
}
