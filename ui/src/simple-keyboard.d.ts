// The keyboard is imported from simple-keyboard's ES module build (half the size of its main
// file); its types are the package's own.
declare module "simple-keyboard/build/index.modern.esm.js" {
  import SimpleKeyboard from "simple-keyboard";
  export default SimpleKeyboard;
}
