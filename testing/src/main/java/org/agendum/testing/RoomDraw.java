package org.agendum.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.LinkedHashSet;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.model.Venue;

/**
 * Draws, for {@link EventDraw}, where its blocks are: an overflow room or a venue of their own for some
 * blocks, then, sometimes, the rooms and the tracks the blocks name declared on the event, the blocks
 * referring to them by id. It has dice of its own, drawn after every other draw of the event, so that
 * the rest of each event is what it was before rooms and tracks could be declared. A block's own
 * registration offers no more seats than its declared rooms hold ({@link #seated}), so that a valid
 * event does not raise BLOCK_OVER_ROOM_CAPACITY.
 */
final class RoomDraw {

    /** Mixed into an event's seed for the dice of its rooms and tracks. */
    static final String DICE = "rooms and tracks";

    private final Dice dice;
    private final List<Room> rooms = new ArrayList<>();
    private final List<Track> tracks = new ArrayList<>();

    RoomDraw(Dice dice) {
        this.dice = dice;
    }

    /** The rooms declared by the last {@link #draw}, possibly none. */
    List<Room> rooms() {
        return rooms;
    }

    /** The tracks declared by the last {@link #draw}, possibly none. */
    List<Track> tracks() {
        return tracks;
    }

    /**
     * Draws the places of the top-level blocks (children are drawn without rooms or tracks) and returns
     * them, referring to the declared rooms and tracks by id where they are declared.
     */
    List<AgendaBlock> draw(List<AgendaBlock> blocks) {
        List<AgendaBlock> drawn = new ArrayList<>(blocks.size());
        Map<String, String> roomIds = new LinkedHashMap<>();
        Map<String, String> trackIds = new LinkedHashMap<>();
        for (AgendaBlock block : blocks) {
            AgendaBlock placed = block;
            if (block.room().isPresent() && dice.chance(0.15)) {
                String room = block.room().get();
                placed = placed.withOverflowRooms(dice.pick(SampleText.ROOMS.stream().filter(r -> !r.equals(room)).toList()));
            }
            if (dice.chance(0.05)) {
                placed = placed.withVenue(Venue.builder().name(dice.pick(SampleText.VENUES)).build());
            }
            placed.room().ifPresent(room -> roomIds.putIfAbsent(room, "room-" + (roomIds.size() + 1)));
            placed.overflowRooms().forEach(room -> roomIds.putIfAbsent(room, "room-" + (roomIds.size() + 1)));
            placed.track().ifPresent(track -> trackIds.putIfAbsent(track, "track-" + (trackIds.size() + 1)));
            drawn.add(placed);
        }
        rooms.clear();
        tracks.clear();
        boolean declareRooms = !roomIds.isEmpty() && dice.chance(0.5);
        boolean declareTracks = !trackIds.isEmpty() && dice.chance(0.5);
        if (declareRooms) {
            roomIds.forEach((name, id) -> rooms.add(room(id, name)));
        }
        if (declareTracks) {
            trackIds.forEach((name, id) -> tracks.add(track(id, name)));
        }
        if (declareRooms || declareTracks) {
            drawn.replaceAll(block -> referring(block, declareRooms ? roomIds : Map.of(), declareTracks ? trackIds : Map.of()));
        }
        return drawn;
    }

    private Room room(String id, String name) {
        Room.Builder room = Room.builder().id(id).name(name);
        if (dice.chance(0.5)) {
            room.capacity(dice.between(10, 400));
        }
        dice.maybePick(0.3, SampleText.FLOORS).ifPresent(room::floor);
        if (dice.chance(0.1)) {
            room.venue(Venue.builder().name(dice.pick(SampleText.VENUES)).build());
        }
        dice.maybePick(0.2, SampleText.ACCESSIBILITY).ifPresent(room::accessibility);
        return room.build();
    }

    private Track track(String id, String name) {
        Track.Builder track = Track.builder().id(id).name(name);
        if (dice.chance(0.5)) {
            track.color(String.format(Locale.ROOT, "#%06X", dice.below(0x1000000)));
        }
        dice.maybePick(0.3, SampleText.TOPICS).ifPresent(track::description);
        return track.build();
    }

    /** A block whose room, overflow rooms and track name declared ones, referring to them by id instead. */
    private static AgendaBlock referring(AgendaBlock block, Map<String, String> roomIds, Map<String, String> trackIds) {
        AgendaBlock referring = block;
        if (!roomIds.isEmpty()) {
            referring = referring.withRoom(block.room().map(roomIds::get))
                    .withOverflowRooms(block.overflowRooms().stream().map(roomIds::get).toList());
        }
        if (!trackIds.isEmpty()) {
            referring = referring.withTrack(block.track().map(trackIds::get));
        }
        return referring;
    }

    /**
     * The blocks, at any depth, each with the seats its own registration offers brought down to what
     * its declared room and overflow rooms hold together, where all of them state a capacity. Draws
     * nothing, so that the events drawn before stay the same but for those seats.
     */
    static List<AgendaBlock> seated(List<AgendaBlock> blocks, List<Room> rooms) {
        return rooms.isEmpty() ? blocks : blocks.stream().map(block -> seated(block, rooms)).toList();
    }

    /** The block, and its children, offering no more seats than their declared rooms hold. */
    static AgendaBlock seated(AgendaBlock block, List<Room> rooms) {
        AgendaBlock seated = block;
        OptionalInt seats = block.registration().flatMap(Registration::capacity).map(Capacity::seats)
                .orElse(OptionalInt.empty());
        OptionalInt held = held(block, rooms);
        if (seats.isPresent() && held.isPresent() && seats.getAsInt() > held.getAsInt()) {
            seated = block.withRegistration(block.registration().get().withCapacity(Capacity.ofSeats(held.getAsInt())));
        }
        return block.children().isEmpty() ? seated : seated.withChildren(seated(block.children(), rooms));
    }

    /**
     * The seats of a block's room and overflow rooms, each counted once, when it has a room and every one
     * is declared with a capacity.
     */
    static OptionalInt held(AgendaBlock block, List<Room> rooms) {
        if (block.room().isEmpty()) {
            return OptionalInt.empty();
        }
        Set<String> booked = new LinkedHashSet<>();
        booked.add(block.room().get());
        booked.addAll(block.overflowRooms());
        int held = 0;
        for (String id : booked) {
            Optional<Integer> capacity = rooms.stream().filter(room -> room.id().equals(id)).findFirst()
                    .flatMap(Room::capacity);
            if (capacity.isEmpty()) {
                return OptionalInt.empty();
            }
            held += capacity.get();
        }
        return OptionalInt.of(held);
    }
}
