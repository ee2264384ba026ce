// newsquote's page script. The page works without it; it adds the "Copy citation"
// buttons (hidden until this runs) and says in a live region whether the copy worked.
"use strict";

function say(message) {
  const status = document.getElementById("status");
  if (status) {
    status.textContent = message;
  }
}

// Copies through a selected text area where the Clipboard API is refused.
function copyByHand(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "offscreen";
  document.body.appendChild(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand("copy");
  } catch (e) {
    done = false;
  }
  area.remove();
  return done;
}

async function copy(button) {
  const text = button.dataset.citation || "";
  let done = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      done = true;
    }
  } catch (e) {
    done = false;
  }
  if (!done) {
    done = copyByHand(text);
  }
  button.classList.toggle("copied", done);
  say(done ? "Citation copied." : "Could not copy: select the citation and copy it by hand.");
}

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.copy")) {
    button.hidden = false;
    button.addEventListener("click", () => copy(button));
  }
});
