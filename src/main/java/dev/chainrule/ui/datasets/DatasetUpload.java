package dev.chainrule.ui.datasets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.LimitedRead;
import dev.chainrule.data.TooLargeException;
import dev.chainrule.dataset.Dataset;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.dataset.DuplicateDatasetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * Adds a CSV file to the library. The browser refuses files over the size limit before sending
 * them; the server counts the bytes of every request that reaches the upload address (multipart
 * from the component, or a raw POST) and stops reading as soon as there are more than the limit
 * ({@link StreamingUpload}). The service parses the rest before storing anything, so a refused
 * file leaves no trace. A refusal stays on screen beside the upload until the next file.
 */
class DatasetUpload extends VerticalLayout {
    /**
     * What the browser sends back when it refuses a file over the size limit. Set here rather than
     * left to the component's default, so the refusal is known by being this text, not by its words.
     */
    static final String FILE_TOO_BIG = "File is too big.";

    private final DatasetService datasets;
    private final ImportLimits limits;
    private final Upload upload = new Upload();
    private final Message message = new Message("upload-message");
    private SerializableConsumer<Dataset> stored = d -> { };
    private SerializableConsumer<Dataset> duplicate = d -> { };
    private Runnable attempt = () -> { };

    private final Visitor visitor;

    DatasetUpload(DatasetService datasets, Visitor visitor) {
        this.visitor = visitor;
        this.datasets = datasets;
        this.limits = datasets.limits();
        upload.setUploadHandler(new StreamingUpload(this));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(FILE_TOO_BIG)));
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", "text/csv", "text/plain", "text/tab-separated-values");
        upload.setUploadButton(new Button("Upload a CSV file…", VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("or drop it here"));
        upload.addFileRejectedListener(this::rejected);
        upload.setWidthFull();
        Span hint = new Span(String.format("Comma, semicolon or tab separated; up to %s, %,d rows and %,d columns.",
                megabytes(), limits.maxRows(), limits.maxColumns()));
        hint.addClassName("hint");
        setPadding(false);
        setSpacing(false);
        add(upload, hint, message);
        addClassName("dataset-upload");
    }

    void onStored(SerializableConsumer<Dataset> listener) {
        this.stored = listener;
    }

    void onDuplicate(SerializableConsumer<Dataset> listener) {
        this.duplicate = listener;
    }

    /** Hears each new file as it starts to arrive (or is refused by the browser), before its outcome shows. */
    void onAttempt(Runnable listener) {
        this.attempt = listener;
    }

    /** A new file: what was said about the last one no longer applies. */
    private void startOver() {
        message.clear();
        attempt.run();
    }

    private void received(String fileName, byte[] bytes) {
        try {
            Dataset saved = datasets.upload(visitor, fileName, bytes);
            boolean kept = saved.getSourceFileName().equals(fileName.strip()) && fileName.strip().startsWith(saved.getName());
            if (kept) {
                message.clear();
            } else {
                message.info(String.format("The file name has %,d characters, too long to keep whole: the dataset is "
                        + "called \u201c%s\u201d. Rename it below if you like.", fileName.length(), saved.getName()));
            }
            stored.accept(saved);
        } catch (TooLargeException e) {
            tooLarge(fileName);
        } catch (DataFormatException e) {
            message.error(fileName + " was not added.", e.getMessage());
        } catch (DuplicateDatasetException e) {
            message.info(e.getMessage() + " It is selected below.");
            duplicate.accept(e.existing());
        } finally {
            upload.clearFileList();
        }
    }

    private void rejected(FileRejectedEvent e) {
        startOver();
        if (FILE_TOO_BIG.equals(e.getErrorMessage())) {
            tooLarge(e.getFileName());
        } else {
            message.error(e.getFileName() + " was not added.", e.getErrorMessage()
                    + " Upload one .csv, .tsv or .txt file at a time.");
        }
    }

    /** Refused by the browser before sending, or by the importer when a file got past the browser. */
    private void tooLarge(String fileName) {
        message.error("The file is larger than " + megabytes() + ": " + fileName + ".",
                "Upload a smaller sample: keep fewer rows or only the columns you need, or split the file in parts.");
    }

    private String megabytes() {
        long mb = limits.maxBytes() / ImportLimits.MEGABYTE;
        return mb * ImportLimits.MEGABYTE == limits.maxBytes() ? mb + " MB" : String.format("%,d bytes", limits.maxBytes());
    }

    /**
     * The one way in for every upload: the request's stream is read through {@link LimitedRead},
     * which refuses a stated size over the limit before reading and stops reading as soon as more
     * than the limit has arrived. The servlet's and Vaadin's own size limits are left above ours
     * (see {@link UploadServletLimits}), so people meet this limit and its message. A refused
     * request gets status 413 and the message as text; the page shows it beside the upload.
     */
    private static final class StreamingUpload implements UploadHandler {
        private final DatasetUpload owner;

        StreamingUpload(DatasetUpload owner) {
            this.owner = owner;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String fileName = event.getFileName() == null || event.getFileName().isBlank() ? "upload.csv" : event.getFileName();
            ui.access(owner::startOver);
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = LimitedRead.readAll(in, event.getFileSize(), owner.limits);
            } catch (TooLargeException e) {
                ui.access(() -> {
                    owner.tooLarge(fileName);
                    owner.upload.clearFileList();
                });
                refuse(event.getResponse(), e.getMessage());
                return;
            }
            ui.access(() -> owner.received(fileName, bytes));
        }

        /** Commits the refusal, so the status the upload machinery sets afterwards does not replace it. */
        private static void refuse(VaadinResponse response, String message) throws IOException {
            response.setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
            response.setContentType("text/plain;charset=UTF-8");
            PrintWriter out = response.getWriter();
            out.println(message);
            out.flush();
        }
    }
}
