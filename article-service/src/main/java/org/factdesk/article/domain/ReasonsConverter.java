package org.factdesk.article.domain;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Reasons are short feature names; one per line keeps the column readable in psql. */
@Converter
public class ReasonsConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> reasons) {
        return reasons == null ? "" : String.join("\n", reasons);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n"));
    }
}
