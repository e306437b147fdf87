package org.scalelab.ui.search;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.scalelab.domain.search.Objective;
import org.scalelab.format.Numbers;
import org.scalelab.format.SearchText;
import org.scalelab.training.search.ScoreSource;

/**
 * The "Find α, β, γ" window's content: the form on the left, the candidates' count, the halving plan and the run
 * controls in the middle, the chart on the right, and the candidates table across the bottom. Binds to a
 * {@link SearchViewModel}; holds no logic of its own.
 */
public final class SearchView extends BorderPane {
    private final SearchViewModel vm;
    private final TableView<SearchRow> table = new TableView<>();

    public SearchView(SearchViewModel vm) {
        this.vm = vm;
        setId("searchView");
        getStyleClass().add("search-view");
        getStylesheets().add(SearchView.class.getResource("search.css").toExternalForm());

        Label title = new Label("Find α, β, γ: the paper's grid search at φ = 1, trained with successive halving");
        title.getStyleClass().add("search-title");
        Label context = wrapped(vm.search().contextProperty(), "contextLabel", "context");
        VBox top = new VBox(2, title, context);
        top.setPadding(new Insets(8, 12, 6, 12));
        setTop(top);

        ScrollPane form = new ScrollPane(form());
        form.setId("searchForm");
        form.setFitToWidth(true);
        form.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        form.setMinWidth(390);
        form.setPrefWidth(390);
        form.disableProperty().bind(vm.search().runningProperty());

        VBox plan = planPane();
        plan.setMinWidth(430);
        plan.setPrefWidth(430);
        plan.setMaxWidth(430);

        ChartViewer chart = new ChartViewer(new SearchChart(vm).chart());
        chart.setId("searchChart");
        chart.setMinSize(300, 260);
        HBox.setHgrow(chart, Priority.ALWAYS);

        HBox upper = new HBox(10, form, plan, chart);
        upper.setPadding(new Insets(0, 10, 6, 10));
        buildTable();
        VBox lower = new VBox(4, sectionTitle("Candidates: one row per distinct network (ranked once the search ends)"),
                table);
        VBox.setVgrow(table, Priority.ALWAYS);
        lower.setPadding(new Insets(4, 10, 8, 10));
        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.61);
        setCenter(split);
    }

    // The form //

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(112), new ColumnConstraints(64), new ColumnConstraints(64),
                new ColumnConstraints(64));
        grid.addRow(0, new Label(""), header("min"), header("max"), header("step"));
        int row = 1;
        SearchField[][] axes = {
            {SearchField.ALPHA_MIN, SearchField.ALPHA_MAX, SearchField.ALPHA_STEP},
            {SearchField.BETA_MIN, SearchField.BETA_MAX, SearchField.BETA_STEP},
            {SearchField.GAMMA_MIN, SearchField.GAMMA_MAX, SearchField.GAMMA_STEP},
        };
        SearchGroup[] groups = {SearchGroup.ALPHA, SearchGroup.BETA, SearchGroup.GAMMA};
        VBox gridErrors = new VBox(2);
        for (int i = 0; i < 3; i++) {
            grid.add(new Label(groups[i].label()), 0, row);
            for (int j = 0; j < 3; j++) {
                grid.add(field(axes[i][j]), j + 1, row);
            }
            row++;
            gridErrors.getChildren().add(error(vm.form().errorProperty(groups[i]), "error-" + groups[i].name().toLowerCase()));
        }
        gridErrors.getChildren().add(error(vm.form().errorProperty(SearchGroup.GRID), "error-grid"));
        VBox gridBox = section("Grid of coefficients (each ≥ 1)", grid, gridErrors);

        GridPane constraint = pairs(new Label("target"), field(SearchField.TARGET), new Label("tolerance"),
                field(SearchField.TOLERANCE));
        VBox constraintBox = section("Constraint: |α·β²·γ² − target| ≤ tolerance", constraint,
                error(vm.form().errorProperty(SearchGroup.CONSTRAINT), "error-constraint"));

        CheckBox full = new CheckBox("no halving");
        full.setTooltip(new Tooltip("Train every candidate for max epochs, in one rung"));
        full.setId("trainFullyBox");
        full.selectedProperty().bindBidirectional(vm.form().trainFullyProperty());
        TextField minEpochs = field(SearchField.MIN_EPOCHS);
        TextField eta = field(SearchField.ETA);
        minEpochs.disableProperty().bind(vm.form().trainFullyProperty());
        eta.disableProperty().bind(vm.form().trainFullyProperty());
        GridPane budget = pairs(new Label("min epochs"), minEpochs, new Label("η (keep 1/η)"), eta,
                new Label("max epochs"), field(SearchField.MAX_EPOCHS), full);
        GridPane.setColumnSpan(full, 2);
        Label budgetHelp = note("The best ⌈n/η⌉ of a rung go on with η× the epochs, from scratch.");
        VBox scheduleBox = section("Successive halving", budget, budgetHelp,
                error(vm.form().errorProperty(SearchGroup.SCHEDULE), "error-schedule"));

        ToggleGroup rank = new ToggleGroup();
        RadioButton byAccuracy = new RadioButton("accuracy");
        byAccuracy.setId("rankAccuracy");
        RadioButton byMnas = new RadioButton("MnasNet ACC·(MACs/T)^w");
        byMnas.setId("rankMnas");
        byAccuracy.setToggleGroup(rank);
        byMnas.setToggleGroup(rank);
        (vm.form().rankingProperty().get() == Objective.Kind.MNAS ? byMnas : byAccuracy).setSelected(true);
        rank.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.form().rankingProperty().set(now == byMnas ? Objective.Kind.MNAS : Objective.Kind.ACCURACY);
            }
        });
        vm.form().rankingProperty().addListener((o, was, now) -> (now == Objective.Kind.MNAS ? byMnas : byAccuracy).setSelected(true));
        HBox kinds = new HBox(12, byAccuracy, byMnas);
        TextField w = field(SearchField.MNAS_WEIGHT);
        TextField t = field(SearchField.MNAS_TARGET);
        t.setPrefColumnCount(9);
        t.promptTextProperty().bind(vm.form().defaultTargetTextProperty());
        w.disableProperty().bind(vm.form().rankingProperty().isNotEqualTo(Objective.Kind.MNAS));
        t.disableProperty().bind(w.disableProperty());
        t.setTooltip(new Tooltip("T in MACs; empty: the baseline's MACs × the target"));
        GridPane mnas = pairs(new Label("w"), w, new Label("T (MACs)"), t);
        ChoiceBox<ScoreSource> on = new ChoiceBox<>();
        on.setId("selectOnBox");
        on.getItems().setAll(ScoreSource.values());
        on.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScoreSource s) {
                return s == null ? "" : s == ScoreSource.VALIDATION ? "validation accuracy" : "test accuracy";
            }

            @Override
            public ScoreSource fromString(String s) {
                return null;
            }
        });
        on.valueProperty().bindBidirectional(vm.form().selectOnProperty());
        on.setTooltip(new Tooltip("Validation: images held out of the training split, so the test split still measures "
                + "the winner without having chosen it. Test: larger and less noisy, but the winner's test accuracy is "
                + "then optimistic."));
        Label empty = note("empty T: the baseline's MACs × the target");
        empty.visibleProperty().bind(w.disableProperty().not());
        empty.managedProperty().bind(empty.visibleProperty());
        TextField seedsField = field(SearchField.SEEDS);
        seedsField.setTooltip(new Tooltip("Seeds per finalist: 1, no repeats; more train each finalist again with "
                + "seed + 1, seed + 2, … and rank on the mean"));
        GridPane select = pairs(new Label("select on"), on);
        GridPane.setColumnSpan(on, 3);
        select.add(new Label("seeds"), 0, 1);
        select.add(seedsField, 1, 1);
        select.add(note("per finalist: mean ± sd"), 2, 1, 2, 1);
        VBox rankingBox = section("Ranking and finalists", kinds, mnas, empty, select,
                error(vm.form().errorProperty(SearchGroup.RANKING), "error-ranking"),
                error(vm.form().errorProperty(SearchGroup.SEEDS), "error-seeds"));

        VBox box = new VBox(6, gridBox, constraintBox, scheduleBox, rankingBox);
        box.setPadding(new Insets(4, 10, 8, 4));
        return box;
    }

    private TextField field(SearchField f) {
        TextField text = new TextField();
        text.setId("field-" + f.name().toLowerCase().replace('_', '-'));
        text.setPrefColumnCount(4);
        text.textProperty().bindBidirectional(vm.form().textProperty(f));
        Tooltip tip = new Tooltip();
        ReadOnlyStringProperty error = vm.form().errorProperty(f);
        Runnable mark = () -> {
            boolean bad = !error.get().isEmpty();
            text.getStyleClass().remove("invalid");
            if (bad) {
                text.getStyleClass().add("invalid");
            }
            tip.setText(bad ? error.get() : f.label());
        };
        error.addListener(o -> mark.run());
        mark.run();
        text.setTooltip(tip);
        return text;
    }

    /** Label and field pairs, two to a row, in aligned columns. */
    private static GridPane pairs(Node... nodes) {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.getColumnConstraints().addAll(new ColumnConstraints(84), new ColumnConstraints(64), new ColumnConstraints(84),
                new ColumnConstraints(84));
        for (int i = 0; i < nodes.length; i++) {
            g.add(nodes[i], i % 4, i / 4);
        }
        return g;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-header");
        return l;
    }

    private static Label error(ReadOnlyStringProperty message, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("search-error");
        l.setWrapText(true);
        l.textProperty().bind(message);
        l.visibleProperty().bind(message.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("note");
        l.setWrapText(true);
        return l;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static VBox section(String title, Node... content) {
        VBox box = new VBox(3);
        box.getChildren().add(sectionTitle(title));
        box.getChildren().addAll(content);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static Label wrapped(ObservableValue<String> text, String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    // The plan and the run //

    private VBox planPane() {
        Label candidates = wrapped(vm.form().candidatesTextProperty(), "candidatesLabel", "candidates-text");
        TableView<RungRow> rungs = new TableView<>(vm.search().rungs());
        rungs.setId("planTable");
        rungs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rungs.setFocusTraversable(false);
        rungs.setPlaceholder(new Label("No plan: no candidate"));
        rungs.getColumns().add(fixed("Rung", 50, r -> r.label()));
        rungs.getColumns().add(fixed("Networks", 74, r -> Integer.toString(r.networks())));
        rungs.getColumns().add(fixed("Epochs", 60, r -> Integer.toString(r.epochs())));
        rungs.getColumns().add(fixed("Epoch cost", 92, r -> Long.toString(r.epochCost())));
        TableColumn<RungRow, String> state = new TableColumn<>("Then, or progress");
        state.setSortable(false);
        state.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            String s = c.getValue().statusProperty().get();
            return "planned".equals(s) ? c.getValue().next() : s;
        }, c.getValue().statusProperty()));
        rungs.getColumns().add(state);
        rungs.setFixedCellSize(26);
        rungs.prefHeightProperty().bind(Bindings.size(vm.search().rungs()).multiply(26).add(32));
        rungs.setMinHeight(32 + 2 * 26);
        rungs.setMaxHeight(32 + 6 * 26);

        Label plan = wrapped(vm.form().planTextProperty(), "planLabel", "plan-text");
        Label objective = wrapped(vm.form().objectiveTextProperty(), "objectiveLabel", "note");

        Button run = new Button("Run search");
        run.setId("runSearchButton");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSearchButton");
        cancel.disableProperty().bind(vm.search().runningProperty().not().or(vm.search().cancellingProperty()));
        cancel.setOnAction(e -> vm.cancel());
        Button apply = new Button("Apply winner");
        apply.setId("applyWinnerButton");
        apply.disableProperty().bind(vm.canApplyWinnerProperty().not());
        apply.setOnAction(e -> vm.applyWinner());
        apply.setTooltip(new Tooltip("Sets the workbench's α, β, γ to the winner's; the scaling panel follows"));
        HBox buttons = new HBox(8, run, cancel, apply);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("searchProgress");
        progress.progressProperty().bind(vm.search().progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = wrapped(vm.search().statusProperty(), "searchStatus", "status-text");
        Label activity = wrapped(vm.search().activityProperty(), "searchActivity", "note");
        activity.managedProperty().bind(vm.search().activityProperty().isNotEmpty());
        Label winner = wrapped(vm.search().winnerTextProperty(), "winnerLabel", "winner-text");
        winner.visibleProperty().bind(vm.search().winnerTextProperty().isNotEmpty());
        winner.managedProperty().bind(winner.visibleProperty());

        VBox box = new VBox(6, sectionTitle("Candidates and plan"), candidates, rungs, plan, objective, buttons, progress,
                status, activity, winner);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private static <S> TableColumn<S, String> fixed(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> Bindings.createStringBinding(() -> value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setMaxWidth(width);
        c.setSortable(false);
        c.getStyleClass().add("number");
        return c;
    }

    // The candidates table //

    private void buildTable() {
        table.setId("candidatesTable");
        table.setItems(vm.search().rows());
        table.setPlaceholder(new Label("No candidate: widen the grid or the tolerance"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SearchRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("winner", "stopped");
                if (!empty && item != null) {
                    if (item.winnerProperty().get()) {
                        getStyleClass().add("winner");
                    } else if (item.statusProperty().get().startsWith("stopped")) {
                        getStyleClass().add("stopped");
                    }
                }
            }
        });
        vm.search().rungs().addListener((ListChangeListener<RungRow>) c -> columns());
        // Row styles (winner, stopped) follow the search's phases.
        vm.search().winnerNetworkProperty().addListener(o -> table.refresh());
        vm.search().statusProperty().addListener(o -> table.refresh());
        columns();
    }

    private void columns() {
        List<TableColumn<SearchRow, ?>> cols = new java.util.ArrayList<>();
        cols.add(text("Rank", 46, r -> Bindings.createStringBinding(() -> r.rankProperty().get() == 0 ? ""
                : Integer.toString(r.rankProperty().get()), r.rankProperty())));
        cols.add(constant("α", 44, r -> Numbers.coefficient(r.coefficients().alpha())));
        cols.add(constant("β", 44, r -> Numbers.coefficient(r.coefficients().beta())));
        cols.add(constant("γ", 44, r -> Numbers.coefficient(r.coefficients().gamma())));
        cols.add(constant("α·β²·γ²", 70, r -> String.format(java.util.Locale.ROOT, "%.3f", r.coefficients().flopsBase())));
        TableColumn<SearchRow, String> same = constant("Same network as", 150, r -> r.sameNetwork().stream()
                .map(SearchText::tuple).collect(Collectors.joining(", ")));
        same.getStyleClass().remove("number");
        cols.add(same);
        cols.add(constant("Input", 54, r -> r.resolution() + " px"));
        cols.add(constant("Params", 66, r -> Numbers.count(r.params())));
        cols.add(constant("MACs", 120, r -> Numbers.count(r.macs()) + String.format(java.util.Locale.ROOT,
                " (×%.2f)", r.network().macsMultiplier())));
        boolean seeds = false;
        TableColumn<SearchRow, String> byRung = new TableColumn<>("Selection accuracy, by rung");
        long trainedRungs = vm.search().rungs().stream().filter(l -> !"seeds".equals(l.label())).count();
        double rungWidth = Math.max(72, 200.0 / Math.max(1, trainedRungs)); // the parent's title stays readable
        for (RungRow line : vm.search().rungs()) {
            if ("seeds".equals(line.label())) {
                seeds = true;
                continue;
            }
            int k = Integer.parseInt(line.label()) - 1;
            byRung.getColumns().add(text(line.label() + ": " + line.epochs() + " ep", rungWidth, r -> Bindings.createStringBinding(
                    () -> Numbers.percent(r.accuracyAt(k)), r.rungAccuraciesProperty())));
        }
        if (!byRung.getColumns().isEmpty()) {
            cols.add(byRung);
        }
        if (seeds) {
            cols.add(text("Finalists: mean ± sd", 160, r -> Bindings.createStringBinding(
                    () -> Numbers.accuracy(r.finalAccuracyProperty().get()), r.finalAccuracyProperty())));
        }
        cols.add(text("Score", 66, r -> Bindings.createStringBinding(() -> Numbers.fraction(r.scoreProperty().get()),
                r.scoreProperty())));
        cols.add(text("Test acc.", 78, r -> Bindings.createStringBinding(
                () -> Numbers.percent(r.testAccuracyProperty().get()), r.testAccuracyProperty())));
        TableColumn<SearchRow, String> where = text("Where it stopped", 240, SearchRow::statusProperty);
        where.getStyleClass().remove("number");
        cols.add(where);
        table.getColumns().setAll(cols);
    }

    private static TableColumn<SearchRow, String> constant(String title, double width, Function<SearchRow, String> value) {
        return text(title, width, r -> Bindings.createStringBinding(() -> value.apply(r)));
    }

    private static TableColumn<SearchRow, String> text(String title, double width,
                                                       Function<SearchRow, ObservableValue<String>> value) {
        TableColumn<SearchRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> value.apply(d.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.getStyleClass().add("number");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }
}
