package cn.zhengwu.organization.web;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binding on this module's pages: a value that cannot be read (a number or a date typed wrongly) is reported
 * with the module's own message ({@code organization.typeMismatch}) rather than Spring's technical text.
 */
@ControllerAdvice(basePackageClasses = OrganizationBinding.class)
class OrganizationBinding {

    @InitBinder
    void namespaceMessageCodes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("organization.");
        binder.setMessageCodesResolver(codes);
    }
}
