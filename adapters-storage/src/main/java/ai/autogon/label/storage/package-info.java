/**
 * File store of the local backend: projects, the model registry and dataset importers, in a workspace directory.
 *
 * <p>The workspace ({@code --workspace}, else {@code AUTOGON_HOME}, else {@code ~/.autogon-label}; see
 * {@link ai.autogon.label.storage.WorkspaceLocation}) contains plain files that a person can read:
 *
 * <pre>
 * workspace.json                 {"next_project_id": N}, the next project id to hand out
 * projects/&lt;id&gt;/project.json     id, app id, name, class names, images with boxes, import reports
 * models/&lt;name&gt;/model.json       type, classes, metrics overall and per class, base model, project id,
 *                                epochs, image counts, training seconds, created time, network size
 * models/&lt;name&gt;/...              weight files, as the engine wrote them
 * locks/*.lock                   empty files that writers lock; safe to delete while nothing runs
 * </pre>
 *
 * <p>Images are not copied: {@code project.json} keeps {@code file:} URIs of the user's image files, which
 * the store never modifies. Box coordinates are pixels of the upright image, top-left corner plus width and height.
 *
 * <p>Every file is written to a temporary file in the same directory (name {@code .tmp-<name>-<uuid>.part}),
 * forced to disk and renamed over the target with an atomic move. A model is built in a temporary directory
 * in {@code models/} and renamed into place the same way. Readers skip temporary names, and opening the
 * workspace deletes those that a crashed writer left, unless a running writer still holds their lock.
 *
 * <p>A writer of a project, a model or the id counter first takes an in-process lock and then an
 * operating-system lock on the matching file in {@code locks/}. A second writer waits up to the workspace's
 * lock timeout (10 seconds by default) and then fails with a message naming the locked project or model.
 * Readers take no locks: they always see a complete file thanks to the atomic rename.
 */
package ai.autogon.label.storage;
