package dev.margin.importer;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers where in the page the cleaners removed text, so that the import can say where each dropped block stood
 * in the reading text and the user can bring it back to that place. A removed element leaves an empty marker
 * element behind, naming the indexes of its blocks in the list of removed blocks; {@link BlockCollector} turns the
 * marker into a place {@link Block}. A removed element that held markers of earlier removals passes their blocks on
 * to its own marker, so every dropped block keeps a place.
 */
final class DroppedPlaces {
    static final String TAG = "margin-dropped";
    private static final String INDEXES = "data-blocks";

    private DroppedPlaces() {
    }

    /** Adds {@code element}'s paragraphs to {@code removed}, removes it and leaves a marker of them in its place. */
    static void remove(Element element, List<Block> removed) {
        List<Integer> here = new ArrayList<>();
        for (Block block : BlockCollector.collect(element)) {
            if (block.isPlace()) {
                here.addAll(block.droppedHere());
            } else {
                here.add(removed.size());
                removed.add(block);
            }
        }
        if (!here.isEmpty() && element.parent() != null) {
            StringBuilder list = new StringBuilder();
            for (int index : here) {
                list.append(list.isEmpty() ? "" : ",").append(index);
            }
            element.before(new Element(TAG).attr(INDEXES, list.toString()));
        }
        element.remove();
    }

    static List<Integer> indexes(Element marker) {
        List<Integer> indexes = new ArrayList<>();
        for (String part : marker.attr(INDEXES).split(",")) {
            if (!part.isBlank()) {
                indexes.add(Integer.parseInt(part.strip()));
            }
        }
        return indexes;
    }
}
