package org.scalelab.ui.status;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * One line at the bottom of the window: backend, memory (refreshed every 1.5 s by a timeline on the FX thread),
 * database and jobs. Call {@link #stop()} when the window closes.
 */
public final class StatusBarView extends HBox {
    private final Timeline memoryTimer;

    public StatusBarView(StatusViewModel vm) {
        super(10);
        setId("statusBar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        setStyle("-fx-font-size: 13px; -fx-background-color: #eceff3; -fx-border-color: #d0d4da transparent transparent transparent;");

        Label backend = label("statusBackend", vm);
        backend.textProperty().bind(vm.backendProperty());
        Label memory = label("statusMemory", vm);
        memory.textProperty().bind(vm.memoryProperty());
        memory.setMinWidth(Region.USE_PREF_SIZE);
        Label database = label("statusDatabase", vm);
        database.textProperty().bind(vm.databaseProperty());
        database.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        // A long path may elide (its tooltip has all of it); the window-fits test allows that.
        database.getStyleClass().add("may-elide");
        HBox.setHgrow(database, Priority.ALWAYS);
        database.setMaxWidth(Double.MAX_VALUE);
        Label jobs = label("statusJobs", vm);
        jobs.textProperty().bind(vm.jobsProperty());
        jobs.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().addAll(backend, sep(), memory, sep(), database, sep(), jobs);

        memoryTimer = new Timeline(new KeyFrame(Duration.seconds(1.5), e -> vm.refreshMemory()));
        memoryTimer.setCycleCount(Animation.INDEFINITE);
        memoryTimer.play();
    }

    private static Label label(String id, StatusViewModel vm) {
        Label l = new Label();
        l.setId(id);
        l.tooltipProperty().set(new Tooltip());
        l.getTooltip().textProperty().bind(l.textProperty());
        return l;
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }

    /** Stops the memory timeline. */
    public void stop() {
        memoryTimer.stop();
    }
}
