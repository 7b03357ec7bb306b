package com.invoice24.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Shows a form again with what the user typed and its errors next to the fields, also when the
 * form's record could not be built because a value did not convert ("thirty" for a number of
 * days): the form is rebuilt for display with such values left empty, and the errors, which keep
 * the text as typed, are attached to it (see {@link FormErrors}).
 */
@Configuration(proxyBeanMethods = false)
class FormErrorsKeeper implements HandlerInterceptor, WebMvcConfigurer {

    private final ConversionService conversions;

    /** Lazy: the MVC configuration that provides the conversion service also asks this class for interceptors. */
    FormErrorsKeeper(@Lazy @Qualifier("mvcConversionService") ConversionService conversions) {
        this.conversions = conversions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           @Nullable ModelAndView page) {
        if (page == null || !(request.getAttribute(FormErrors.UNBOUND) instanceof BindingResult unbound)) {
            return;
        }
        String name = unbound.getObjectName();
        Class<?> formType = formType(handler, name);
        if (formType == null) {
            return;
        }
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, name);
        binder.setTargetType(ResolvableType.forClass(formType));
        binder.setConversionService(new Lenient(conversions));
        binder.construct(request);
        Object rebuilt = binder.getTarget();
        if (rebuilt == null) {
            return;
        }
        BindingResult kept = new BeanPropertyBindingResult(rebuilt, name);
        unbound.getAllErrors().forEach(kept::addError);
        page.addObject(name, rebuilt);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + name, kept);
    }

    /** The type of the handler's {@code @ModelAttribute} of that name: the form being shown again. */
    private static @Nullable Class<?> formType(Object handler, String name) {
        if (!(handler instanceof HandlerMethod method)) {
            return null;
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            ModelAttribute attribute = parameter.getParameterAnnotation(ModelAttribute.class);
            if (attribute != null && name.equals(attribute.value())) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /** Converts as the application does, but a value that does not convert becomes empty. */
    private record Lenient(ConversionService conversions) implements ConversionService {

        @Override
        public boolean canConvert(@Nullable Class<?> sourceType, Class<?> targetType) {
            return conversions.canConvert(sourceType, targetType);
        }

        @Override
        public boolean canConvert(@Nullable TypeDescriptor sourceType, TypeDescriptor targetType) {
            return conversions.canConvert(sourceType, targetType);
        }

        @Override
        public <T> @Nullable T convert(@Nullable Object source, Class<T> targetType) {
            try {
                return conversions.convert(source, targetType);
            } catch (ConversionException e) {
                return null;
            }
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, @Nullable TypeDescriptor sourceType,
                                        TypeDescriptor targetType) {
            try {
                return conversions.convert(source, sourceType, targetType);
            } catch (ConversionException e) {
                return null;
            }
        }
    }
}
