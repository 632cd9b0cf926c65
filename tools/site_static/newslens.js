// newslens reader edition: one button per notebook page that opens (or folds) every code cell at once.
document.addEventListener("DOMContentLoaded", () => {
  const cells = Array.from(document.querySelectorAll("details.hide.above-input"));
  if (cells.length < 2) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "nl-code-all";
  const allOpen = () => cells.every((d) => d.open);
  const label = () => { button.textContent = allOpen() ? "Hide all code" : "Show all code"; };
  button.addEventListener("click", () => {
    const open = !allOpen();
    cells.forEach((d) => { d.open = open; });
    label();
  });
  cells.forEach((d) => d.addEventListener("toggle", label));
  label();
  const title = document.querySelector(".bd-content article h1, .bd-content section h1");
  if (title) title.after(button);
});
