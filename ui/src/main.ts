import { mount } from "svelte";
import App from "./App.svelte";
import { hardenKiosk } from "./lib/kiosk";
import "./app.css";

hardenKiosk(document);
const target = document.getElementById("app");
if (!target) throw new Error("#app is missing from index.html");
mount(App, { target });
