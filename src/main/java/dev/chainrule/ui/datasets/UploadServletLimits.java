package dev.chainrule.ui.datasets;

import dev.chainrule.data.ImportLimits;
import dev.chainrule.dataset.DatasetService;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet's multipart limits, set from {@code chainrule.upload.max-megabytes}: a little above
 * our own limit (a fifth more, at least 1 MB, for the multipart framing), so that a file over the
 * limit reaches {@link DatasetUpload}'s counting reader and gets our message, never the servlet's
 * bare refusal ("Upload forbidden" in the upload box). Larger values set in
 * {@code spring.servlet.multipart.*} are kept. Parts are spooled to temporary files, not memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadServletLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, DatasetService datasets) {
        long servletMax = servletMaxBytes(datasets.limits());
        if (multipart.getMaxFileSize() == null || multipart.getMaxFileSize().toBytes() < servletMax) {
            multipart.setMaxFileSize(DataSize.ofBytes(servletMax));
        }
        if (multipart.getMaxRequestSize() == null || multipart.getMaxRequestSize().toBytes() < servletMax) {
            multipart.setMaxRequestSize(DataSize.ofBytes(servletMax));
        }
        return multipart.createMultipartConfig();
    }

    static long servletMaxBytes(ImportLimits limits) {
        return limits.maxBytes() + Math.max(ImportLimits.MEGABYTE, limits.maxBytes() / 5);
    }
}
