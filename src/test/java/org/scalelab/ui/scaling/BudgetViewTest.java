package org.scalelab.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.domain.preset.Presets;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.training.FakeTraining;
import org.scalelab.ui.training.TrainingPanelViewModel;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The budget section of the scaling panel, at the width the workbench gives it: type, solve, train. */
@ExtendWith(ApplicationExtension.class)
class BudgetViewTest {
    private WorkbenchModel model;
    private FakeTraining backend;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DirectExecutor executor = new DirectExecutor();
        model = new WorkbenchModel(executor);
        model.baselineProperty().set(Presets.get("simple-cnn-28"));
        backend = new FakeTraining();
        TrainingPanelViewModel training = new TrainingPanelViewModel(model, backend, executor);
        ScalingPanelView panel = new ScalingPanelView(new ScalingPanelViewModel(model),
                new BudgetView(new BudgetViewModel(model, training::train)));
        stage.setScene(new Scene(panel, 350, 900));
        stage.show();
    }

    @Test
    void typingABudgetSolvesItAndTrainTheseQueuesTheVariants(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#budgetField").queryAs(TextField.class);
        robot.interact(() -> field.setText("3"));
        robot.clickOn("#solveBudgetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3.0, model.budgetProperty().get());
        String summary = robot.lookup("#budgetSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("3.00 × the baseline's") && summary.startsWith("φ = 0.4 "), summary);
        GridPane table = robot.lookup("#budgetTable").queryAs(GridPane.class);
        assertEquals(5 * 4, table.getChildren().size(), "a header and four rows of four cells");

        robot.interact(() -> robot.lookup("#budgetView").query().getParent().getParent().getParent()
                .lookupAll(".scroll-pane").forEach(n -> ((ScrollPane) n).setVvalue(1)));
        robot.clickOn("#trainBudgetButton");
        WaitForAsyncUtils.waitForFxEvents();
        long networks = model.budgetSolutionProperty().get().variants().stream()
                .map(v -> model.requestFor(v).key()).distinct().count();
        assertEquals(networks, backend.submitted.size(), "every network of the solution once (one seed)");
        assertTrue(networks >= 3);

        BufferedImage[] png = new BufferedImage[1];
        robot.interact(() -> png[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path file = Path.of("target/scaling-budget.png");
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(png[0], "png", file.toFile());
    }
}
