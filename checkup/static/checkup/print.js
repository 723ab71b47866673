// The report's print button: shown only where it works, as without JavaScript it could not.
document.querySelectorAll("[data-checkup-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
