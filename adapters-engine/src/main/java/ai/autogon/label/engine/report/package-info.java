/** Training reports written next to a trained model: the per-epoch CSV, charts and annotated validation samples. */
package ai.autogon.label.engine.report;
