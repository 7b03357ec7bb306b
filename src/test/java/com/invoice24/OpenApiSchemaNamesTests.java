package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * springdoc names a component schema after the Java type's simple name, and when two types share one
 * (two nested {@code Line} records, say) it keeps one schema for both and the document lies about the
 * other. Every type the API reads or writes must therefore have a schema name of its own: its simple
 * name, or the name given with {@code @Schema(name = ...)}.
 */
class OpenApiSchemaNamesTests {

    @Test
    void everyTypeTheApiReadsOrWritesHasASchemaNameOfItsOwn() {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        for (Class<?> type : typesOfTheApi()) {
            typesByName.computeIfAbsent(schemaName(type), name -> new TreeSet<>()).add(type.getName());
        }
        Map<String, Set<String>> shared = new LinkedHashMap<>();
        typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                shared.put(name, types);
            }
        });
        assertThat(shared).as("schema names that several Java types would share").isEmpty();
    }

    static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** The application's own types reachable from request bodies and responses of every REST controller. */
    static Set<Class<?>> typesOfTheApi() {
        Set<Class<?>> found = new HashSet<>();
        Deque<Type> toVisit = new ArrayDeque<>();
        for (Class<?> controller : restControllers()) {
            for (Method method : controller.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                toVisit.add(method.getGenericReturnType());
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        toVisit.add(parameter.getParameterizedType());
                    }
                }
            }
        }
        while (!toVisit.isEmpty()) {
            Type type = toVisit.pop();
            if (type instanceof ParameterizedType parameterized) {
                toVisit.push(parameterized.getRawType());
                toVisit.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof GenericArrayType array) {
                toVisit.push(array.getGenericComponentType());
            } else if (type instanceof WildcardType wildcard) {
                toVisit.addAll(List.of(wildcard.getUpperBounds()));
            } else if (type instanceof Class<?> plain) {
                if (plain.isArray()) {
                    toVisit.push(plain.getComponentType());
                } else if (ours(plain) && !plain.isEnum() && found.add(plain)) {
                    toVisit.addAll(propertyTypes(plain));
                }
            }
        }
        return found;
    }

    private static List<Type> propertyTypes(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getGenericType).toList();
        }
        List<Type> types = new ArrayList<>();
        for (Class<?> c = type; c != null && ours(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    types.add(field.getGenericType());
                }
            }
        }
        return types;
    }

    private static boolean ours(Class<?> type) {
        return type.getName().startsWith("com.invoice24.");
    }

    private static Set<Class<?>> restControllers() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<Class<?>> controllers = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.invoice24")) {
            controllers.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return controllers;
    }
}
