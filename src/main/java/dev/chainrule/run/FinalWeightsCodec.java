package dev.chainrule.run;

import dev.chainrule.engine.spec.DenseWeights;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Final weights as bytes (the column {@code run.final_weights_bin}): the magic {@code CRW1}, the
 * number of dense layers, each layer's inputs and units (32-bit integers), then each layer's
 * {@code W} row by row and its {@code b}, as IEEE doubles. Everything little-endian; every bit of
 * every double is kept, NaN payloads and negative zero included.
 */
final class FinalWeightsCodec {
    private static final int MAGIC = 0x31575243; // "CRW1" read little-endian
    /** Bytes before the first layer's inputs: the magic and the layer count. */
    static final int FIRST_INPUTS_OFFSET = 8;

    private FinalWeightsCodec() {
    }

    static byte[] encode(List<DenseWeights> layers) {
        long size = 8 + 8L * layers.size();
        for (DenseWeights w : layers) {
            size += 8L * ((long) w.inputs() * w.units() + w.units());
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the weights are too large to store: " + size + " bytes");
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(MAGIC).putInt(layers.size());
        layers.forEach(w -> bytes.putInt(w.inputs()).putInt(w.units()));
        DoubleBuffer doubles = bytes.asDoubleBuffer();
        for (DenseWeights w : layers) {
            for (double[] row : w.W()) {
                doubles.put(row);
            }
            doubles.put(w.b());
        }
        return bytes.array();
    }

    static List<DenseWeights> decode(byte[] stored) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
            if (bytes.getInt() != MAGIC) {
                throw damaged("it does not start with CRW1");
            }
            int count = bytes.getInt();
            if (count < 1 || count > (stored.length - 8) / 8) {
                throw damaged("it says " + count + " layers");
            }
            int[][] shapes = new int[count][];
            long values = 0;
            for (int l = 0; l < count; l++) {
                shapes[l] = new int[] {bytes.getInt(), bytes.getInt()};
                if (shapes[l][0] < 1 || shapes[l][1] < 1) {
                    throw damaged("layer " + (l + 1) + " has no weights");
                }
                values += (long) shapes[l][0] * shapes[l][1] + shapes[l][1];
            }
            if (8 * values != bytes.remaining()) {
                throw damaged("its shapes need " + 8 * values + " bytes of values, it has " + bytes.remaining());
            }
            DoubleBuffer doubles = bytes.asDoubleBuffer();
            List<DenseWeights> layers = new ArrayList<>(count);
            for (int[] shape : shapes) {
                double[][] w = new double[shape[0]][shape[1]];
                for (double[] row : w) {
                    doubles.get(row);
                }
                double[] b = new double[shape[1]];
                doubles.get(b);
                layers.add(new DenseWeights(w, b));
            }
            return layers;
        } catch (BufferUnderflowException e) {
            throw damaged("it ends too early");
        }
    }

    /** The first layer's input width, from the first {@code FIRST_INPUTS_OFFSET + 4} bytes; -1 if they are not ours. */
    static int firstInputs(byte[] head) {
        if (head == null || head.length < FIRST_INPUTS_OFFSET + 4) {
            return -1;
        }
        ByteBuffer bytes = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        return bytes.getInt(0) == MAGIC ? bytes.getInt(FIRST_INPUTS_OFFSET) : -1;
    }

    private static IllegalStateException damaged(String why) {
        return new IllegalStateException("The stored final weights are damaged: " + why + ".");
    }
}
