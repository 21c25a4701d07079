package org.clustermodels.knime.standin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/** Reads the compiled stand-in (without loading it) and checks {@link StandinRules} on every class. */
public class StandinBytecodeTest {
  static Path classesDir() {
    return Paths.get(System.getProperty("standin.classes", "target/classes"));
  }

  static List<ClassNode> standinClasses() throws IOException {
    List<ClassNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classesDir().resolve("org/knime"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
        if (f.getFileName().toString().equals("package-info.class")) {
          continue;
        }
        try (InputStream in = Files.newInputStream(f)) {
          ClassNode cn = new ClassNode();
          new ClassReader(in).accept(cn, 0);
          out.add(cn);
        }
      }
    }
    return out;
  }

  @Test
  public void everyStandinClassHasNoConstantAndOnlyThrowingBodies() throws IOException {
    List<ClassNode> classes = standinClasses();
    List<String> violations = new ArrayList<>();
    int bodies = 0;
    for (ClassNode cn : classes) {
      violations.addAll(StandinRules.violations(cn));
      bodies += (int) cn.methods.stream().filter(m -> m.instructions.size() > 0).count();
    }
    assertEquals("", String.join("\n", violations));
    // the check saw the whole stand-in, not an empty directory
    assertTrue("only " + classes.size() + " classes", classes.size() >= 70);
    assertTrue("only " + bodies + " method bodies", bodies >= 200);
  }

  @Test
  public void rulesReportAConstantAReturningMethodAQuietBodyAndAQuietInitializer() {
    ClassNode cn = new ClassNode();
    cn.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "x/Bad", null, "java/lang/Object", null);
    cn.fields.add(new FieldNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "KEY",
        "Ljava/lang/String;", null, "inlined"));
    cn.fields.add(new FieldNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "TYPE",
        "Ljava/lang/Object;", null, null));

    MethodNode quiet = new MethodNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "quiet", "()V", null, null);
    quiet.instructions.add(new InsnNode(Opcodes.RETURN));
    cn.methods.add(quiet);

    MethodNode half = new MethodNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "half", "(Z)I", null, null);
    half.instructions.add(new InsnNode(Opcodes.ICONST_1));
    half.instructions.add(new InsnNode(Opcodes.IRETURN));
    addThrow(half);
    cn.methods.add(half);

    MethodNode ok = new MethodNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "ok", "()Ljava/lang/Object;", null, null);
    addThrow(ok);
    cn.methods.add(ok);

    MethodNode clinit = new MethodNode(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
    clinit.instructions.add(new InsnNode(Opcodes.ACONST_NULL));
    clinit.instructions.add(new FieldInsnNode(Opcodes.PUTSTATIC, "x/Bad", "TYPE", "Ljava/lang/Object;"));
    clinit.instructions.add(new InsnNode(Opcodes.RETURN));
    cn.methods.add(clinit);

    List<String> v = StandinRules.violations(cn);
    assertEquals(String.join("\n", v), 5, v.size());
    assertTrue(v.get(0).startsWith("x/Bad.KEY is a compile-time constant"));
    assertTrue(v.get(1).startsWith("x/Bad.quiet()V does not throw"));
    assertTrue(v.get(2).startsWith("x/Bad.quiet()V has a return"));
    assertTrue(v.get(3).startsWith("x/Bad.half(Z)I has a return"));
    assertTrue(v.get(4).startsWith("x/Bad.<clinit>()V does not start"));
  }

  private static void addThrow(MethodNode m) {
    m.instructions.add(new TypeInsnNode(Opcodes.NEW, "java/lang/UnsupportedOperationException"));
    m.instructions.add(new InsnNode(Opcodes.DUP));
    m.instructions.add(new LdcInsnNode("stand-in"));
    m.instructions.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/UnsupportedOperationException",
        "<init>", "(Ljava/lang/String;)V", false));
    m.instructions.add(new InsnNode(Opcodes.ATHROW));
  }
}
