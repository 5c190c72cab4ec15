package cn.zhengwu.demo.papers;

import java.util.List;

/**
 * Who signs a demo document off (签发) and with which words, and which departments countersign it (会签) before.
 * Review, 核稿 and the clerks' steps are always the 秘书处's: its secretary reviews, its clerk does the rest.
 */
record DemoRoute(String signer, String opinion, List<String> countersigners) {

    DemoRoute {
        countersigners = List.copyOf(countersigners);
    }
}
