package dev.chainrule.ui.runs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.LimitedRead;
import dev.chainrule.data.TooLargeException;
import dev.chainrule.experiment.ExperimentFormatException;
import dev.chainrule.run.Imported;
import dev.chainrule.run.RunTransfer;
import dev.chainrule.ui.lab.ImportedDesign;
import dev.chainrule.ui.lab.LabView;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a JSON file into one's own runs: an exported run opens as a finished run on its page (curves
 * and final weights as they were; "Edit and run again" takes it to the Lab), a bare experiment opens in
 * the Lab. The file is hostile: the browser refuses one over {@link RunTransfer#MAX_IMPORT_BYTES}; the
 * server stops reading one byte past it, whatever the request says its size is, and the service checks
 * everything again before storing anything. A refusal stays under the upload until the next file.
 */
class RunImport extends VerticalLayout {
    /** What the browser sends back for a file over the size limit, set here so the refusal is known by it. */
    static final String FILE_TOO_BIG = "File is too big.";
    private static final Logger log = LoggerFactory.getLogger(RunImport.class);
    private static final int MAX_SHOWN_NAME = 100;

    private final RunTransfer transfer;
    private final Visitor visitor;
    private final Upload upload = new Upload();
    private final Span message = new Span();

    RunImport(RunTransfer transfer, Visitor visitor) {
        this.transfer = transfer;
        this.visitor = visitor;
        upload.setUploadHandler(new LimitedImport(this));
        upload.setMaxFileSize((int) RunTransfer.MAX_IMPORT_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(FILE_TOO_BIG)));
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setUploadButton(new Button("Import a run or experiment (.json)…", VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("or drop it here"));
        upload.addFileRejectedListener(this::rejected);
        Span hint = new Span("A run downloaded from its page opens as a finished run of yours; an experiment file "
                + "opens in the Lab. Up to " + megabytes() + ".");
        hint.addClassName("hint");
        message.addClassName("import-message");
        message.getElement().setAttribute("role", "alert");
        message.getStyle().setColor("var(--lumo-error-text-color)");
        message.setVisible(false);
        setPadding(false);
        setSpacing(false);
        add(upload, hint, message);
        addClassName("run-import");
    }

    private void received(String fileName, byte[] bytes) {
        try {
            Imported imported = transfer.importFile(visitor, bytes);
            message.setVisible(false);
            if (imported instanceof Imported.StoredRun run) {
                getUI().ifPresent(ui -> ui.navigate(RunView.class, RunView.parameters(run.runId())));
            } else if (imported instanceof Imported.Design design) {
                ImportedDesign.keep(design.experiment());
                getUI().ifPresent(ui -> ui.navigate(LabView.class, QueryParameters.of(LabView.IMPORTED, "1")));
            }
        } catch (ExperimentFormatException e) {
            refuse(fileName, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Storing an imported run failed", e);
            refuse(fileName, "it could not be stored (a fault of the server, not of the file); nothing was kept. "
                    + "Try again later.");
        } finally {
            upload.clearFileList();
        }
    }

    private void rejected(FileRejectedEvent e) {
        refuse(e.getFileName(), FILE_TOO_BIG.equals(e.getErrorMessage()) ? tooLarge()
                : e.getErrorMessage() + " Import one .json file at a time.");
    }

    private void refuse(String fileName, String why) {
        String name = fileName == null ? "the file" : fileName.length() > MAX_SHOWN_NAME
                ? fileName.substring(0, MAX_SHOWN_NAME) + "…" : fileName;
        message.setText(name + " was not imported: " + why);
        message.setVisible(true);
    }

    private static String tooLarge() {
        return "it is larger than " + megabytes() + ". An exported run of this server is far smaller: download it again.";
    }

    private static String megabytes() {
        return RunTransfer.MAX_IMPORT_BYTES / (1024 * 1024) + " MB";
    }

    /**
     * The request's stream, read to at most one byte past the limit (a stated size over it is refused
     * before reading): a hostile request is never buffered beyond the limit. A refused request gets
     * status 413; the page says why under the upload.
     */
    private static final class LimitedImport implements UploadHandler {
        // the dataset uploads' bounded read, with the run file's size limit (rows and columns do not apply)
        private static final ImportLimits RUN_FILE = new ImportLimits(RunTransfer.MAX_IMPORT_BYTES, 1, 2, 2);
        private final RunImport owner;

        LimitedImport(RunImport owner) {
            this.owner = owner;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = LimitedRead.readAll(in, event.getFileSize(), RUN_FILE);
            } catch (TooLargeException e) {
                bytes = null;
            }
            if (bytes == null) {
                ui.access(() -> {
                    owner.refuse(fileName, tooLarge());
                    owner.upload.clearFileList();
                });
                // committed here, so the status the upload machinery sets afterwards does not replace it
                VaadinResponse response = event.getResponse();
                response.setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().append("The file is larger than ").append(megabytes()).append(".\n").flush();
                return;
            }
            byte[] file = bytes;
            ui.access(() -> owner.received(fileName, file));
        }
    }
}
