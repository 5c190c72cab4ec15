package cn.zhengwu.demo.city;

import java.util.List;

/** An invented person of the demo city and their posts, the principal post first. */
record DemoPerson(Listing listing, List<DemoPost> posts) {

    DemoPerson {
        posts = List.copyOf(posts);
    }

    String name() {
        return listing.name();
    }
}
