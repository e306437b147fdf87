package org.scalelab.training.data;

/** How many channels images from a folder get. */
public enum ColorMode {
    /** One channel; colour images become their BT.601 luma. */
    GREY,
    /** Three channels; grey images are copied to red, green and blue. */
    RGB,
    /** Grey when every image is stored grey, RGB as soon as one is not. */
    AUTO
}
