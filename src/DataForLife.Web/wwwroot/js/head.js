// Loaded in the head, before the page is drawn: says scripts run, so that the narrow-screen menu starts closed
// (without scripts the navigation simply stays open).
document.documentElement.classList.add("js");
