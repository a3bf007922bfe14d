/* layercheck.c — an empty program: the Makefile links each layer's archive
 * whole against the layers below it with this as main, so that a call from
 * a layer to one above it is an undefined reference (see $(B)/layers.ok). */
int
main(void)
{
    return 0;
}
