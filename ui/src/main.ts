// The start's first page mark: the bundle is loaded and its modules have run (`startMarks`).
performance.mark("script");
import { mount } from "svelte";
import App from "./App.svelte";
import { hardenKiosk } from "./lib/kiosk";
import "./app.css";

hardenKiosk(document);
const target = document.getElementById("app");
if (!target) throw new Error("#app is missing from index.html");
mount(App, { target });
