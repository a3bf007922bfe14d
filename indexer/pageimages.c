/* pageimages.c — a page's declared images added up, and whether they are
 * too large to render (pageimages.h).
 *
 * Not for: finding the images (pdfpages.c). */
#include "indexer/pageimages.h"

/* Larger than any real image side (PDF readers stop at 2^31 - 1), small
 * enough that a product and a few sums cannot wrap before saturating. */
#define SIDE_MAX (1ULL << 31)

static guint64
saturating_add(guint64 a, guint64 b)
{
    return a > G_MAXUINT64 - b ? G_MAXUINT64 : a + b;
}

void
ix_page_images_add(ix_page_images *images, guint64 width, guint64 height, guint64 times)
{
    width = MIN(width, SIDE_MAX), height = MIN(height, SIDE_MAX);
    guint64 one = width * height;
    guint64 all = times != 0 && one > G_MAXUINT64 / times ? G_MAXUINT64 : one * times;
    images->pixels = saturating_add(images->pixels, all);
    if (times > 0 && one > (guint64)images->width * images->height) {
        images->width = (guint32)width;
        images->height = (guint32)height;
    }
}

void
ix_page_images_merge(ix_page_images *images, const ix_page_images *more)
{
    guint64 largest = (guint64)images->width * images->height;
    images->pixels = saturating_add(images->pixels, more->pixels);
    if ((guint64)more->width * more->height > largest) {
        images->width = more->width;
        images->height = more->height;
    }
}

char *
ix_page_images_refusal(const ix_page_images *images, int number)
{
    if (images == NULL || images->pixels <= IX_RENDER_MAX_IMAGE_PIXELS)
        return NULL;
    /* The largest image alone is what a reader recognises in the file. */
    if ((guint64)images->width * images->height > IX_RENDER_MAX_IMAGE_PIXELS)
        return g_strdup_printf("page %d: an image of %u×%u pixels, too large to render", number, images->width,
                               images->height);
    return g_strdup_printf("page %d: images of %" G_GUINT64_FORMAT " million pixels in all, too large to render",
                           number, images->pixels / 1000000);
}
