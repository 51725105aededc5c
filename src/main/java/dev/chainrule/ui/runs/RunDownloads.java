package dev.chainrule.ui.runs;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.pytorch.PyTorchExport;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.run.RunTransfer;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A run as files: the JSON that an import reads back (its experiment, history and final weights), the
 * history as CSV for a spreadsheet, and the run as a PyTorch script to keep ({@link #withPyTorch}). The file is made when it is downloaded, by the service, which checks
 * that the visitor of this page owns the run (or, for the CSV, may read it); so a run deleted meanwhile is "not found", never stale.
 */
class RunDownloads extends HorizontalLayout {
    /** Longest file name before its ending: enough for a title's gist, short enough for any file system. */
    private static final int MAX_BASE = 60;
    private final Visitor visitor;
    private final long runId;
    private final String base;

    RunDownloads(RunTransfer transfer, Visitor visitor, long runId, String title) {
        this(transfer, visitor, runId, title, true);
    }

    private RunDownloads(RunTransfer transfer, Visitor visitor, long runId, String title, boolean json) {
        String base = fileBase(title, runId);
        this.visitor = visitor;
        this.runId = runId;
        this.base = base;
        if (json) {
            add(link("Download JSON", base + ".chainrule.json", "application/json;charset=UTF-8",
                    () -> transfer.exportJson(visitor, runId).getBytes(UTF_8)));
        }
        add(link("Download history (CSV)", base + "-history.csv", "text/csv;charset=UTF-8",
                () -> transfer.historyCsv(visitor, runId).getBytes(UTF_8)));
        addClassName("run-downloads");
    }

    /**
     * The history CSV alone, for a reader who is not the owner: the JSON carries the notes and imports as a run of
     * one's own, so it stays the owner's.
     */
    static RunDownloads historyOnly(RunTransfer transfer, Visitor visitor, long runId, String title) {
        return new RunDownloads(transfer, visitor, runId, title, false);
    }

    /**
     * Adds the run as a PyTorch script with its rows (a zip: {@code <name>/run.py} and {@code run-data.csv}),
     * made when downloaded, after checking again that the run is still the visitor's own. Not offered when the
     * rows are gone (a deleted dataset), for nothing could be trained on.
     *
     * @param data the rows as the run's page prepared them; null for the seed example (its rows travel in the
     *             experiment) and when its dataset is gone
     */
    RunDownloads withPyTorch(RunService runs, ExperimentSpec spec, PreparedData data) {
        if (data == null && spec.data().inlineCsv() == null) {
            return this;
        }
        Anchor pytorch = link("Download as PyTorch (zip)", base + "-pytorch.zip", "application/zip", () -> {
            runs.owned(visitor, runId);
            PreparedData rows = data != null ? data : DataPreparation.prepareInline(spec.data());
            return PyTorchExport.of(spec, rows, "run.py").zip(base);
        });
        pytorch.setTitle("A Python script that trains this run again in PyTorch, with its data beside it");
        add(pytorch);
        return this;
    }

    private static Anchor link(String text, String fileName, String type, SerializableSupplier<byte[]> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes;
            try {
                bytes = content.get();
            } catch (RunNotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, e.getMessage());
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.getElement().setAttribute("download", fileName); // the name the browser saves it under
        return anchor;
    }

    /**
     * A file name from a run's title, which anyone may have typed: lower-case ASCII letters, digits and
     * single dashes ("Spirals, Adam!" → "spirals-adam"; accents dropped), at most {@value #MAX_BASE}
     * characters; "run-12" when nothing is left.
     */
    static String fileBase(String title, long runId) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String base = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+", "");
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE);
        }
        base = base.replaceAll("-+$", "");
        return base.isEmpty() ? "run-" + runId : base;
    }
}
