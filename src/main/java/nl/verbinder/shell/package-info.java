/**
 * The application shell: page layout and navigation per role, language choice, the home
 * page, and how errors reach people (readable pages) and programs (problem+json). Modules
 * contribute {@link nl.verbinder.shell.NavigationItems}; the shell knows no module's
 * pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application shell")
@org.jspecify.annotations.NullMarked
package nl.verbinder.shell;
