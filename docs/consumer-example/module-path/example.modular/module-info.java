/** A library user on the module path: reads Winnow as module dev.winnow. */
module example.modular {
    requires dev.winnow;
}
