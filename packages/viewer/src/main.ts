document.getElementById("app")!.textContent = "Xiezuo viewer";
