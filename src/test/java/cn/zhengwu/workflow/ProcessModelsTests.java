package cn.zhengwu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.MultiInstanceLoopCharacteristics;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The BPMN models are valid, keep their module in the path and their key, name their steps by message key, and
 * call no beans: their expressions read only process variables (business logic stays in the facades).
 */
class ProcessModelsTests {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.]*\\(?");

    @Test
    void modelsAreValidAndReadOnlyProcessVariables() throws IOException, XMLStreamException {
        Resource[] models = new PathMatchingResourcePatternResolver()
            .getResources("classpath*:/processes/**/*.bpmn20.xml");
        assertThat(models).isNotEmpty();
        for (Resource resource : models) {
            String module = resource.getURL().getPath().replaceAll(".*/processes/([^/]+)/[^/]+$", "$1");
            String text = resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            BpmnModel model;
            try (InputStream in = resource.getInputStream()) {
                model = new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newFactory().createXMLStreamReader(in));
            }
            assertThat(new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)).isEmpty();
            String key = model.getMainProcess().getId();
            assertThat(resource.getFilename()).isEqualTo(key + ".bpmn20.xml");

            Set<String> variables = new HashSet<>(Set.of("empty", "not", "and", "or"));
            for (UserTask task : model.getMainProcess().findFlowElementsOfType(UserTask.class)) {
                assertThat(task.getName()).isEqualTo("workflow.task." + key + "." + task.getId());
                variables.add(task.getId());
                MultiInstanceLoopCharacteristics loop = task.getLoopCharacteristics();
                if (loop != null) {
                    variables.add(loop.getElementVariable());
                }
            }
            assertThat(text).doesNotContain("flowable:class", "flowable:delegateExpression", "flowable:expression",
                "scriptTask");
            Matcher expression = EXPRESSION.matcher(text);
            while (expression.find()) {
                Matcher name = NAME.matcher(expression.group(1));
                while (name.find()) {
                    assertThat(name.group()).as(module + "/" + key + ": " + expression.group()).isIn(variables);
                }
            }
        }
    }
}
