/** Generator of small synthetic detection projects: textured images with coloured shapes and exact boxes. */
package ai.autogon.label.engine.synthetic;
