package org.scalelab.domain.search;

/**
 * What training one {@link EvaluationRequest} gave.
 *
 * @param accuracy     the selection accuracy (validation accuracy by default), a fraction; NaN unless done
 * @param testAccuracy test accuracy, for the report; NaN unless done
 * @param cached       found already trained
 * @param runId        the stored run's id, or null
 * @param failure      why it failed or was cancelled; null when done
 */
public record Evaluation(EvaluationRequest request, Status status, double accuracy, double testAccuracy, boolean cached,
                         String runId, String failure) {

    public enum Status { DONE, FAILED, CANCELLED }

    public static Evaluation done(EvaluationRequest request, double accuracy, double testAccuracy, boolean cached,
                                  String runId) {
        return new Evaluation(request, Status.DONE, accuracy, testAccuracy, cached, runId, null);
    }

    public static Evaluation failed(EvaluationRequest request, String runId, String reason) {
        return new Evaluation(request, Status.FAILED, Double.NaN, Double.NaN, false, runId, reason);
    }

    public static Evaluation cancelled(EvaluationRequest request, String runId) {
        return new Evaluation(request, Status.CANCELLED, Double.NaN, Double.NaN, false, runId, "cancelled");
    }

    /** The same outcome for another request of the same run (two requests that train the same network). */
    public Evaluation of(EvaluationRequest other) {
        return new Evaluation(other, status, accuracy, testAccuracy, cached, runId, failure);
    }

    public int network() {
        return request.network().index();
    }

    public boolean ok() {
        return status == Status.DONE && Double.isFinite(accuracy);
    }
}
